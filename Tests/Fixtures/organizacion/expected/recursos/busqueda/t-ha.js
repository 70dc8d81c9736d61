window.LIBRO_BUSQUEDA.recibir("t-ha",{"hace":[4,[5,1,6,1,25,1,37,1,3,1,3,1,17,1,52,1]],"hacen":[1,[35,1,51,1]],"hacer":[1,[38,1,62,1]]});
