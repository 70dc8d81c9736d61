window.LIBRO_BUSQUEDA.recibir("t-vo",{"volumen":[2,[36,1,57,1,2,1,5,1]],"votad":[1,[39,1,72,1]],"voto":[1,[39,2,68,1,4,1]]});
