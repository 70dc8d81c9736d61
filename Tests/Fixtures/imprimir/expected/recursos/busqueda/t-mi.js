window.LIBRO_BUSQUEDA.recibir("t-mi",{"minut":[1,[2,1,2,1]],"misner":[1,[4,1,5,1]]});
