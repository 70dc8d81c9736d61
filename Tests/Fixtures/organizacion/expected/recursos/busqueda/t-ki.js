window.LIBRO_BUSQUEDA.recibir("t-ki",{"kilo":[1,[38,2,62,1,3,1]]});
