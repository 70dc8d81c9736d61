window.LIBRO_BUSQUEDA.recibir("t-tu",{"tuvo":[1,[2,1,2,1]]});
