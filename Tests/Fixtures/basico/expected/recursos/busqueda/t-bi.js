window.LIBRO_BUSQUEDA.recibir("t-bi",{"bienvenid":[1,[0,1,0,1]]});
