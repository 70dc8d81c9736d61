window.LIBRO_BUSQUEDA.recibir("t-ej",{"ejempl":[1,[0,1,0,1]]});
