window.LIBRO_BUSQUEDA.recibir("t-so",{"sociedad":[1,[8,1,10,5]]});
