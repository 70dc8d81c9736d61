window.LIBRO_BUSQUEDA.recibir("t-so",{"sociedad":[1,[1,1,2,5]]});
